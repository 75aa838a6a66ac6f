export { notificationsForWrite, signatureRequests, type WrittenRow } from './derive';
export { activityRequest, rowUrl, teamsEntityUrl } from './graph-activity';
export { ACTIVITY_TYPES, NOTIFICATION_KINDS, isNotificationKind, kindsReaching, type NotificationKind, type PlanNotification } from './kinds';
export { DIGEST_LIMIT, MemoryDigest, type DigestItem, type DigestStore } from './digest';
export { createNotifier, graphPoster, type Notifier, type NotifyOutcome } from './notifier';
export { MemoryPreferences, type NotificationPreferences } from './preferences';
export { setUpNotifications, type NotificationsSetup } from './on-write';
export { PersonSettingsList, graphCaller, SETTINGS_LIST, type GraphCall } from './person-settings-list';
export { withNotificationsApi, type NotificationsApiOptions } from './routes';
