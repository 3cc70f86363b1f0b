export type {
  Delivery,
  FaultController,
  FaultSpec,
  RateLimitFault,
  ReceivedNotification,
  RequestLogEntry,
  SendbirdApp,
  SendbirdStandIn,
  StartSendbirdOptions,
} from './types.ts';
export { startSendbirdStandIn } from './server.ts';
export { demoApp } from './demo-app.ts';
export { seedCatalogue } from './seed-catalogue.ts';
export { generateCatalogue } from './generate-catalogue.ts';
// Not part of Sendbird: helpers for Node-side callers (tests, benchmarks).
export { requestStandIn } from './client.ts';
export type { StandInRequest, StandInResponse } from './client.ts';
export { ErrorCode } from './errors.ts';
export { rawJson } from './raw-json.ts';
