/**
 * The one place LambdaCron imports CDKTF's core library from, so that the
 * rest of the code base depends on a small, named surface of it.
 */
export {
  App,
  DataResource,
  Fn,
  Op,
  Token,
  TerraformBackend,
  TerraformElement,
  TerraformHclModule,
  TerraformIterator,
  TerraformLocal,
  TerraformOutput,
  TerraformProvider,
  TerraformStack,
  TerraformVariable,
  Annotations,
} from 'cdktf';
export type {
  IResolvable,
  TerraformRemoteState,
  TerraformResource,
} from 'cdktf';
