export async function collectReturned(_a: unknown, _io: unknown): Promise<void> {}
