import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../fixtures/feeds/', import.meta.url);

/** Raw bytes of a file under tests/fixtures/feeds. */
export function feedFixture(path: string): Uint8Array {
  return readFileSync(new URL(path, root));
}

/** File names in a fixture folder. */
export function feedFixtureNames(dir: string): string[] {
  return readdirSync(new URL(`${dir}/`, root)).sort();
}

/** Raw bytes of a file under tests/fixtures/federal-register. */
export function frFixture(name: string): Uint8Array {
  return readFileSync(new URL(`../../fixtures/federal-register/${name}`, import.meta.url));
}

/** A logger that records warnings for assertions. */
export function recordingLogger(): { warnings: string[]; warn(obj: object, msg?: string): void } {
  const warnings: string[] = [];
  return { warnings, warn: (_obj, msg) => warnings.push(msg ?? '') };
}
