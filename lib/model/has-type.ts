// The content script's check of the messages it receives, without a schema library (its size
// budget): only our own background can send them, and each carries nothing but its type.

/** Whether a message is of one type (lib/model/messages.ts lists them). */
export function hasType<T extends string>(message: unknown, type: T): message is { type: T } {
  return typeof message === 'object' && message !== null && Reflect.get(message, 'type') === type;
}
