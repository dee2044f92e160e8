/** The command was asked for something it cannot do (a path that does not exist, a bad option value): exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
