// The content script on CleverTap dashboards. It stays tiny: it loads on every
// CleverTap page, and the picker's code is loaded only when a webhook editor opens.
export {};
