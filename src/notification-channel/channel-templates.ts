import { Construct } from 'constructs';

import {
  S3Bucket,
  S3BucketPublicAccessBlock,
  S3Object,
} from '../internal/aws.js';
import { Fn, Op, TerraformLocal, Token } from '../internal/cdktf.js';
import type { OptionalStatement } from '../internal/iam.js';
import { escapeTerraformTemplate } from '../internal/patterns.js';
import { isUnresolved } from '../internal/tokens.js';

/**
 * Longest template (in characters) that travels inline in the handler's
 * environment. Lambda allows 4 KB for the whole environment, so anything
 * longer goes to S3 and the handler gets an `s3://` source.
 */
export const INLINE_TEMPLATE_MAX_CHARS = 1024;

/** One template a channel handler reads. */
export interface ChannelTemplate {
  /** Environment variable holding its source, e.g. `LAMBDACRON_TEMPLATE_HTML`. */
  readonly variable: string;
  /** Short name for the S3 key and Terraform addresses, e.g. `html`. */
  readonly name: string;
  /** The template text (a literal or a Terraform expression such as `file()`). */
  readonly text: string;
}

/** Props of {@link ChannelTemplates}. */
export interface ChannelTemplatesProps {
  readonly channelName: string;
  /** Partition of the account, for S3 ARNs. */
  readonly partition: string;
  readonly templates: readonly ChannelTemplate[];
  /**
   * Bucket for the templates too long to travel inline.
   * @default a bucket the construct creates, only when a template needs it
   */
  readonly bucketName?: string;
}

/**
 * Hands a channel handler its templates: inline in the environment when
 * short, as S3 objects when longer than {@link INLINE_TEMPLATE_MAX_CHARS}.
 * Terraform decides per template at plan time (so `file()` contents work),
 * and the handler's role may read exactly the objects created. Object keys
 * carry a hash of the text, so an edited template is a new object.
 *
 * Literal text is escaped (`${` → `$${`, `%{` → `%%{`) before it reaches
 * Terraform, so that template syntax in it arrives unchanged.
 */
export class ChannelTemplates extends Construct {
  /** Environment variables → template sources. */
  public readonly environment: Record<string, string>;
  /** `s3:GetObject` on each stored template, included when it is stored. */
  public readonly readStatements: OptionalStatement[];
  /** The bucket, when this construct creates one (count 0 or 1). */
  public readonly bucket: S3Bucket;
  /** Name of the bucket the templates are stored in (`-` when none is). */
  public readonly bucketName: string;

  constructor(scope: Construct, id: string, props: ChannelTemplatesProps) {
    super(scope, id);

    const texts = props.templates.map(
      (template) =>
        new TerraformLocal(
          this,
          `text_${template.name}`,
          isUnresolved(template.text)
            ? template.text
            : escapeTerraformTemplate(template.text),
        ).asString,
    );
    const stored = texts.map((text) =>
      Op.gt(Fn.lengthOf(text), INLINE_TEMPLATE_MAX_CHARS),
    );
    const anyStored = Fn.anytrue(stored);
    const given = props.bucketName;
    const create =
      given === undefined
        ? anyStored
        : isUnresolved(given)
          ? Op.and(Op.eq(given, Token.nullValue()), anyStored)
          : false;

    this.bucket = new S3Bucket(this, 'bucket', {
      count: Fn.conditional(create, 1, 0) as unknown as number,
      bucketPrefix: 'lambdacron-templates-',
      forceDestroy: true,
    });
    new S3BucketPublicAccessBlock(this, 'bucket_public_access_block', {
      count: Fn.conditional(create, 1, 0) as unknown as number,
      bucket: `\${one(${this.address(this.bucket)}[*].id)}`,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    // Through a local: a raw `${…}` inside a CDKTF function would be escaped.
    const createdName = new TerraformLocal(
      this,
      'created_bucket_name',
      `\${one(${this.address(this.bucket)}[*].bucket)}`,
    ).asString;
    this.bucketName =
      given !== undefined && !isUnresolved(given)
        ? given
        : Fn.coalesce([
            ...(given === undefined ? [] : [given]),
            createdName,
            '-',
          ]);

    this.environment = {};
    this.readStatements = [];
    props.templates.forEach((template, index) => {
      const text = texts[index]!;
      const key = Fn.format('%s/%s-%s.njk', [
        props.channelName,
        template.name,
        Fn.substr(Fn.sha256(text), 0, 16),
      ]);
      new S3Object(this, `object_${template.name}`, {
        count: Fn.conditional(stored[index], 1, 0) as unknown as number,
        bucket: this.bucketName,
        key,
        content: text,
        contentType: 'text/plain; charset=utf-8',
      });
      this.environment[template.variable] = Fn.conditional(
        stored[index],
        `s3://${this.bucketName}/${key}`,
        `inline:${text}`,
      ) as string;
      this.readStatements.push({
        include: stored[index],
        statement: {
          sid: `ReadTemplate${pascalCase(template.name)}`,
          actions: ['s3:GetObject'],
          // format(), not a template string: this ends up inside Fn calls.
          resources: [
            Fn.format('arn:%s:s3:::%s/%s', [
              props.partition,
              this.bucketName,
              key,
            ]),
          ],
        },
      });
    });
  }

  private address(resource: S3Bucket): string {
    return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
  }
}

function pascalCase(name: string): string {
  return name.replace(/(^|[_-])([a-z])/g, (_, __, letter: string) =>
    letter.toUpperCase(),
  );
}
