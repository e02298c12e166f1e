import type { Construct } from 'constructs';

import { DataResource, Fn, TerraformLocal } from './cdktf.js';
import { isUnresolved } from './tokens.js';

/** Length of the random suffix of a generated name. */
const SUFFIX_LENGTH = 8;

/**
 * The name of a construct's resources: `requested` when the user gave one,
 * otherwise `<prefix>-<8 hex digits>`, drawn once at the first apply and
 * kept in a `terraform_data` resource's state. So two instances of one
 * module never collide, and a name never changes after it is created (which
 * would replace the function or queue).
 *
 * When `requested` is a Terraform expression that may be null (a module's
 * optional `name` input), Terraform makes the choice, in a local value.
 */
export function resourceName(
  scope: Construct,
  id: string,
  props: { readonly requested?: string; readonly prefix: string },
): string {
  if (props.requested !== undefined && !isUnresolved(props.requested)) {
    return props.requested;
  }

  const generated = new DataResource(scope, id, {
    input: {
      name: `${props.prefix}-${Fn.substr(Fn.uuid(), 0, SUFFIX_LENGTH)}`,
    },
    lifecycle: { ignoreChanges: ['input'] },
  });
  const generatedName = generated.getStringAttribute('output.name');
  if (props.requested === undefined) {
    return generatedName;
  }

  // coalesce() returns its first known, non-null argument, so a given name
  // is known at plan time even though the generated one is not.
  const chosen = new TerraformLocal(
    scope,
    `${id}_chosen`,
    Fn.coalesce([props.requested, generatedName]),
  );

  return chosen.asString;
}
