/** A problem with how a staff command was used: its message (Bahasa Indonesia) says what to do. */
export class StaffError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StaffError';
  }
}
