/**
 * Remembers the value for the last key only: for work repeated on twins audited one after the other (the same
 * proposal text), without keeping a past report's text alive the way a map of every key would. A string key is
 * compared by content; `same` compares keys otherwise.
 */
export function lastOnly<Key, Value>(compute: (key: Key) => Value, same: (key: Key, last: Key) => boolean = (key, last) => key === last): (key: Key) => Value {
  let last: { key: Key; value: Value } | null = null;
  return (key) => {
    if (last === null || !same(key, last.key)) last = { key, value: compute(key) };
    return last.value;
  };
}
