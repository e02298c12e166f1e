export {
  ScheduleExpressionError,
  type ScheduleExpressionErrorDetails,
} from './errors.js';
export {
  lintSchedule,
  ScheduleWarningCode,
  type ScheduleWarning,
} from './lint-schedule.js';
export {
  nextRuns,
  type MergedLocalTime,
  type NextRuns,
  type NextRunsOptions,
  type SkippedLocalTime,
} from './next-runs.js';
export { parseSchedule } from './parse-schedule.js';
export { scheduleExpressionRegex } from './terraform-regex.js';
export { assertTimeZone, listTimeZones } from './time-zones.js';
export type {
  AtSchedule,
  CronFieldName,
  CronSchedule,
  DayOfMonthRule,
  DayOfWeekRule,
  LocalDateTime,
  RateSchedule,
  RateUnit,
  Schedule,
} from './types.js';
export { offsetMinutes, toLocalDateTime } from './zoned-time.js';
