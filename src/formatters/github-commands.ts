/**
 * GitHub workflow command escaping, exactly as @actions/core does it (toCommandValue, escapeData, escapeProperty),
 * so report text can neither end a command early nor forge a property.
 */

/** @actions/core's toCommandValue for the values fsar passes: strings as they are, numbers as JSON. */
function toCommandValue(input: string | number): string {
  return typeof input === "string" ? input : JSON.stringify(input);
}

/** A command's message: `%`, CR and LF. */
export function escapeCommandData(input: string | number): string {
  return toCommandValue(input).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A command's property value: as the message, and `:` and `,` too. */
export function escapeCommandProperty(input: string | number): string {
  return toCommandValue(input).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** `::name key=value,key=value::message`; like @actions/core, properties with a falsy value are left out. */
export function workflowCommand(name: string, properties: Readonly<Record<string, string | number | undefined>>, message: string): string {
  const pairs = Object.entries(properties)
    .filter((pair): pair is [string, string | number] => Boolean(pair[1]))
    .map(([key, value]) => `${key}=${escapeCommandProperty(value)}`);
  return `::${name}${pairs.length > 0 ? ` ${pairs.join(",")}` : ""}::${escapeCommandData(message)}`;
}
