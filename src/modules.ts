import type { ModuleDefinition } from './internal/module-definition.js';
import { emailNotificationModule } from './email-notification/module.js';
import { lambdaImageBuildModule } from './lambda-image-build/module.js';
import { lambdaImageRepublishModule } from './lambda-image-republish/module.js';
import { scheduledLambdaModule } from './scheduled-lambda/module.js';
import { smsNotificationModule } from './sms-notification/module.js';
import { webhookNotificationModule } from './webhook-notification/module.js';

/** Every module LambdaCron generates into `generated-modules/`. */
export const MODULES: readonly ModuleDefinition[] = [
  scheduledLambdaModule,
  emailNotificationModule,
  smsNotificationModule,
  webhookNotificationModule,
  lambdaImageBuildModule,
  lambdaImageRepublishModule,
];
