/** What the sandbox API accepts from its SPA; anything else is a 400. */
import { z } from 'zod';

const pair = z.object({ key: z.string(), value: z.string() });

export const contentSchema = z.object({
  urlParams: z.array(pair),
  format: z.enum(['json', 'plain']),
  bodyMode: z.enum(['key-value', 'custom']),
  keyValues: z.array(pair),
  customBody: z.string(),
});

const audienceSchema = z.object({
  segment: z.string().nullable(),
  behavior: z.enum(['live', 'past']),
  event: z.string().nullable(),
});

export const campaignInputSchema = z.object({
  name: z.string(),
  webhookId: z.string(),
  audience: audienceSchema,
  schedule: z.object({ when: z.enum(['now', 'later']), at: z.string().nullable() }),
  content: contentSchema,
});

export const journeyInputSchema = z.object({
  name: z.string(),
  entryEvent: z.string(),
  webhookNode: z.object({ webhookId: z.string().nullable(), content: contentSchema.nullable() }),
});

export const webhookInputSchema = z.object({
  name: z.string(),
  method: z.enum(['POST', 'GET', 'PUT', 'DELETE']),
  url: z.string(),
  auth: z.enum(['none', 'basic', 'oauth2']),
  headers: z.array(pair),
  basic: z.object({ username: z.string(), password: z.string() }).optional(),
  oauth2: z.object({ clientId: z.string(), clientSecret: z.string(), tokenUrl: z.string() }).optional(),
});

export const previewInputSchema = z.object({
  content: contentSchema,
  targetId: z.number().int().nullable().optional(),
  event: z.string().nullable().optional(),
});

export type CampaignInput = z.infer<typeof campaignInputSchema>;
export type JourneyInput = z.infer<typeof journeyInputSchema>;
export type WebhookInput = z.infer<typeof webhookInputSchema>;
export type PreviewInput = z.infer<typeof previewInputSchema>;
