/**
 * A record's own value for a key that came from data (a template variable's
 * name, a template key). Such a name can be `__proto__`, `constructor` or
 * `toString`: a plain lookup would find Object.prototype's member instead of
 * "no value". Build such records with Object.fromEntries or computed keys
 * (never `record[name] = value`, which `__proto__` turns into a prototype change).
 */
export function own<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
