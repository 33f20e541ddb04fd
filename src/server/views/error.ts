/** The error body every failed request answers with, for the OpenAPI document. */
import { z } from 'zod';

/** `{"error":{"code","message","details"}}`: a stable code, a message for people, details (field problems, versions…). */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable, machine-readable: invalid_input, not_found, version_mismatch, lint_errors…'),
      message: z.string(),
      details: z.unknown().optional().describe('For invalid_input: [{path, message}]; for version_mismatch: {currentVersion}.'),
    }),
  })
  .meta({ id: 'Error' });

/** Error answers for the OpenAPI document of a route. */
export const errorResponses = { '4xx': errorBodySchema, '5xx': errorBodySchema } as const;
