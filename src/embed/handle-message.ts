import type { ViewerStore } from '../state';
import { type ParsedMessage, parseCommandMessage } from './protocol';
import {
  type EventMessage,
  PROTOCOL_VERSION,
  type ProtocolError,
  RESPONSE_TYPE,
  type ResponseMessage,
} from './protocol-envelope';
import { type CommandOutcome, runCommand } from './run-command';

/** What to send back for a received message. */
export type MessageOutcome =
  | { kind: 'ignore' }
  | { kind: 'respond'; response: ResponseMessage }
  /** A broken command with no id to answer: reported as an `error` event instead. */
  | { kind: 'event'; event: EventMessage };

export function errorResponse(id: string, error: ProtocolError): ResponseMessage {
  return { type: RESPONSE_TYPE, version: PROTOCOL_VERSION, id, ok: false, error };
}

/** The reply to a command that was carried out (or failed). */
export function commandResponse(id: string, outcome: CommandOutcome): ResponseMessage {
  return outcome.ok
    ? { type: RESPONSE_TYPE, version: PROTOCOL_VERSION, id, ok: true, result: outcome.result }
    : errorResponse(id, outcome.error);
}

/** What to send back for a message that is not a well-formed command. */
export function invalidOutcome(
  parsed: Extract<ParsedMessage, { kind: 'invalid' }>,
): MessageOutcome {
  return parsed.id === null
    ? {
        kind: 'event',
        event: {
          type: 'hip-viewer:event',
          version: PROTOCOL_VERSION,
          event: 'error',
          detail: parsed.error,
        },
      }
    : { kind: 'respond', response: errorResponse(parsed.id, parsed.error) };
}

/**
 * Read one message and carry it out on the store. Pure apart from the store; never throws, and
 * every command with an id gets exactly one well-formed reply.
 * @internal
 */
export function handleMessage(store: ViewerStore, data: unknown): MessageOutcome {
  const parsed = parseCommandMessage(data);
  switch (parsed.kind) {
    case 'ignore':
      return parsed;
    case 'invalid':
      return invalidOutcome(parsed);
    case 'command':
      return {
        kind: 'respond',
        response: commandResponse(parsed.id, runCommand(store, parsed.command)),
      };
  }
}
