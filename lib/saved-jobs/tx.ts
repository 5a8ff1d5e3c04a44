/**
 * Run one transaction's work and wait for the commit. If the work fails part way, the
 * transaction is aborted, so no half of a change is ever committed; the failure is reported once.
 */
export async function inTransaction<T>(
  tx: { done: Promise<void>; abort(): void },
  work: () => Promise<T>,
): Promise<T> {
  try {
    const [result] = await Promise.all([work(), tx.done]);
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already aborted or finished: there is nothing left to undo.
    }
    throw e;
  }
}
