/**
 * The envelopes of the embed protocol, version 1. This file has no imports of value so the
 * element and the client stay tiny; argument validation lives in `protocol.ts` (iframe side).
 */
export const PROTOCOL_VERSION = 1;
export const COMMAND_TYPE = 'hip-viewer:command';
export const RESPONSE_TYPE = 'hip-viewer:response';
export const EVENT_TYPE = 'hip-viewer:event';

export const COMMAND_NAMES = [
  'setLayers',
  'showOnly',
  'select',
  'selectPoint',
  'setDysfunction',
  'applyPreset',
  'setCamera',
  'resetView',
  'getState',
  'getMotorPoints',
  'screenshot',
  'playStory',
  'setBody',
  'setLearner',
  'setLanguage',
  'setAssessment',
  'setPlanExercises',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export const EVENT_NAMES = [
  'ready',
  'select',
  'pointSelect',
  'stateChange',
  'error',
  'statement',
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/**
 * Error codes of a response with `ok: false` (and of the `error` event).
 * @internal
 */
export const ERROR_CODES = [
  'bad-message',
  'unsupported-version',
  'unknown-command',
  'bad-arguments',
  'not-ready',
  'command-failed',
  'model-error',
  'webgl-unavailable',
  'timeout',
  'closed',
  'busy',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ProtocolError {
  code: ErrorCode;
  message: string;
}

export interface CommandMessage {
  type: typeof COMMAND_TYPE;
  version: typeof PROTOCOL_VERSION;
  id: string;
  command: string;
  args?: Record<string, unknown>;
}

export type ResponseMessage =
  | { type: typeof RESPONSE_TYPE; version: 1; id: string; ok: true; result?: unknown }
  | { type: typeof RESPONSE_TYPE; version: 1; id: string; ok: false; error: ProtocolError };

export interface EventMessage {
  type: typeof EVENT_TYPE;
  version: typeof PROTOCOL_VERSION;
  event: EventName;
  detail: unknown;
}

/** Longest accepted command id; ids are for matching replies, not for data. */
export const MAX_ID_LENGTH = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A well-formed reply (what the client accepts from the viewer). */
export function isResponseMessage(data: unknown): data is ResponseMessage {
  if (!isRecord(data) || data.type !== RESPONSE_TYPE || data.version !== PROTOCOL_VERSION) {
    return false;
  }
  if (typeof data.id !== 'string' || typeof data.ok !== 'boolean') return false;
  if (data.ok) return true;
  const error = data.error;
  return isRecord(error) && typeof error.code === 'string' && typeof error.message === 'string';
}

/** A well-formed event (what the client accepts from the viewer). */
export function isEventMessage(data: unknown): data is EventMessage {
  return (
    isRecord(data) &&
    data.type === EVENT_TYPE &&
    data.version === PROTOCOL_VERSION &&
    typeof data.event === 'string' &&
    (EVENT_NAMES as readonly string[]).includes(data.event) &&
    'detail' in data
  );
}
