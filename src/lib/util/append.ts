/**
 * Append the items of one list to another, one by one: spreading a very long
 * list into `push` overflows the call stack.
 *
 * @param target The list to grow; changed in place.
 * @param items The items to add at its end.
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}
