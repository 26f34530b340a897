/** Reads a JSONL label file: `#` lines are comments (the held-out header); every other line is validated. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelItemSchema, type LabelItem } from './schema.js';

/** A label file that does not parse or validate; the message names the file, line, field and rule. */
export class LabelError extends Error {
  override name = 'LabelError';
}

/** Parses label text; `where` names the file in errors. Throws LabelError listing every bad line. */
export function parseLabels(text: string, where: string): LabelItem[] {
  const items: LabelItem[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((line, index) => {
    const at = `${where}:${index + 1}`;
    if (!line.trim() || line.startsWith('#')) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      problems.push(`${at}: not JSON (${(err as Error).message})`);
      return;
    }
    const parsed = labelItemSchema.safeParse(raw);
    if (!parsed.success) {
      const id = typeof raw === 'object' && raw && 'id' in raw ? ` (${String(raw.id)})` : '';
      for (const issue of parsed.error.issues) problems.push(`${at}${id}: ${issue.path.join('.') || '(item)'}: ${issue.message}`);
      return;
    }
    if (seen.has(parsed.data.id)) problems.push(`${at}: duplicate id ${parsed.data.id}`);
    seen.add(parsed.data.id);
    items.push(parsed.data);
  });
  if (problems.length) throw new LabelError(`Invalid labels:\n  ${problems.join('\n  ')}`);
  return items;
}

/** Reads and validates a label file. */
export function loadLabels(path: string): LabelItem[] {
  return parseLabels(readFileSync(path, 'utf8'), path);
}

/** Reads several label files as one part; an id used in two files is an error naming both. */
export function loadLabelFiles(paths: readonly string[]): LabelItem[] {
  const items: LabelItem[] = [];
  const firstFile = new Map<string, string>();
  const problems: string[] = [];
  for (const path of paths) {
    for (const item of loadLabels(path)) {
      const earlier = firstFile.get(item.id);
      if (earlier) problems.push(`${path}: id ${item.id} is already used in ${earlier}`);
      else firstFile.set(item.id, path);
      items.push(item);
    }
  }
  if (problems.length) throw new LabelError(`Invalid labels:\n  ${problems.join('\n  ')}`);
  return items;
}

/**
 * Each part and its label files: the dev part is the original set plus the fresh batches
 * (ids unique across all of them), the held-out part one file. `npm run eval` and the
 * label tests read the same list.
 */
export const LABEL_PARTS = {
  dev: [
    'dev.jsonl',
    'dev-fresh.jsonl',
    'dev-fresh-2.jsonl',
    'dev-fresh-3.jsonl',
    'dev-fresh-4.jsonl',
    'dev-fresh-5.jsonl',
    'dev-fresh-6.jsonl',
    'dev-fresh-7.jsonl',
    'dev-fresh-8.jsonl',
    'dev-fresh-9.jsonl',
    'dev-fresh-10.jsonl',
    'dev-fresh-11.jsonl',
    'dev-fresh-12.jsonl',
    'dev-fresh-13.jsonl',
    'dev-fresh-14.jsonl',
    'dev-fresh-15.jsonl',
    'dev-fresh-16.jsonl',
    'dev-fresh-17.jsonl',
    'dev-fresh-18.jsonl',
    'dev-fresh-19.jsonl',
    'dev-fresh-20.jsonl',
    'dev-fresh-21.jsonl',
    'dev-fresh-22.jsonl',
    'dev-fresh-23.jsonl',
    'dev-fresh-24.jsonl',
    'dev-fresh-25.jsonl',
    'dev-fresh-26.jsonl',
    'dev-fresh-27.jsonl',
    'dev-fresh-28.jsonl',
    'dev-fresh-29.jsonl',
    'dev-fresh-30.jsonl',
    'dev-fresh-31.jsonl',
    'dev-fresh-32.jsonl',
    'dev-fresh-33.jsonl',
    'dev-fresh-34.jsonl',
    'dev-fresh-35.jsonl',
    'dev-fresh-36.jsonl',
    'dev-fresh-37.jsonl',
    'dev-fresh-38.jsonl',
    'dev-fresh-39.jsonl',
    'dev-fresh-40.jsonl',
    'dev-fresh-41.jsonl',
    'dev-fresh-42.jsonl',
    'dev-fresh-43.jsonl',
    'dev-fresh-44.jsonl',
    'dev-fresh-45.jsonl',
    'dev-fresh-46.jsonl',
    'dev-fresh-47.jsonl',
    'dev-fresh-48.jsonl',
    'dev-fresh-49.jsonl',
    'dev-fresh-50.jsonl',
    'dev-fresh-51.jsonl',
    'dev-fresh-52.jsonl',
    'dev-fresh-53.jsonl',
    'dev-fresh-54.jsonl',
    'dev-fresh-55.jsonl',
    'dev-fresh-56.jsonl',
    'dev-fresh-57.jsonl',
    'dev-fresh-58.jsonl',
    'dev-fresh-59.jsonl',
    'dev-fresh-60.jsonl',
    'dev-fresh-61.jsonl',
    'dev-fresh-62.jsonl',
    'dev-fresh-63.jsonl',
    'dev-fresh-64.jsonl',
    'dev-fresh-65.jsonl',
    'dev-fresh-66.jsonl',
    'dev-fresh-67.jsonl',
    'dev-fresh-68.jsonl',
    'dev-fresh-69.jsonl',
    'dev-fresh-70.jsonl',
    'dev-fresh-71.jsonl',
    'dev-fresh-72.jsonl',
    'dev-fresh-73.jsonl',
    'dev-fresh-74.jsonl',
    'dev-fresh-75.jsonl',
    'dev-fresh-76.jsonl',
    'dev-fresh-77.jsonl',
    'dev-fresh-78.jsonl',
    'dev-fresh-79.jsonl',
    'dev-fresh-80.jsonl',
    'dev-fresh-81.jsonl',
    'dev-fresh-82.jsonl',
    'dev-fresh-83.jsonl',
    'dev-fresh-84.jsonl',
    'dev-fresh-85.jsonl',
    'dev-fresh-86.jsonl',
    'dev-fresh-87.jsonl',
    'dev-fresh-88.jsonl',
    'dev-fresh-89.jsonl',
    'dev-fresh-90.jsonl',
    'dev-fresh-91.jsonl',
    'dev-fresh-92.jsonl',
    'dev-fresh-93.jsonl',
    'dev-fresh-94.jsonl',
    'dev-fresh-95.jsonl',
    'dev-fresh-96.jsonl',
    'dev-fresh-97.jsonl',
    'dev-fresh-98.jsonl',
    'dev-fresh-99.jsonl',
    'dev-fresh-100.jsonl',
    'dev-fresh-101.jsonl',
    'dev-fresh-102.jsonl',
    'dev-fresh-103.jsonl',
    'dev-fresh-104.jsonl',
    'dev-fresh-105.jsonl',
    'dev-fresh-106.jsonl',
    'dev-fresh-107.jsonl',
    'dev-fresh-108.jsonl',
    'dev-fresh-109.jsonl',
    'dev-fresh-110.jsonl',
    'dev-fresh-111.jsonl',
    'dev-fresh-112.jsonl',
    'dev-fresh-113.jsonl',
    'dev-fresh-114.jsonl',
    'dev-fresh-115.jsonl',
    'dev-fresh-116.jsonl',
    'dev-fresh-117.jsonl',
    'dev-fresh-118.jsonl',
    'dev-fresh-119.jsonl',
    'dev-fresh-120.jsonl',
    'dev-fresh-121.jsonl',
    'dev-fresh-122.jsonl',
    'dev-fresh-123.jsonl',
    'dev-fresh-124.jsonl',
    'dev-fresh-125.jsonl',
    'dev-fresh-126.jsonl',
    'dev-fresh-127.jsonl',
    'dev-fresh-128.jsonl',
    'dev-fresh-129.jsonl',
    'dev-fresh-130.jsonl',
    'dev-fresh-131.jsonl',
    'dev-fresh-132.jsonl',
    'dev-fresh-133.jsonl',
    'dev-fresh-134.jsonl',
    'dev-fresh-135.jsonl',
    'dev-fresh-136.jsonl',
    'dev-fresh-137.jsonl',
    'dev-fresh-138.jsonl',
    'dev-fresh-139.jsonl',
    'dev-fresh-140.jsonl',
    'dev-fresh-141.jsonl',
    'dev-fresh-142.jsonl',
    'dev-fresh-143.jsonl',
    'dev-fresh-144.jsonl',
    'dev-fresh-145.jsonl',
    'dev-fresh-146.jsonl',
    'dev-fresh-147.jsonl',
    'dev-fresh-148.jsonl',
    'dev-fresh-149.jsonl',
    'dev-fresh-150.jsonl',
    'dev-fresh-151.jsonl',
    'dev-fresh-152.jsonl',
    'dev-fresh-153.jsonl',
    'dev-fresh-154.jsonl',
    'dev-fresh-155.jsonl',
    'dev-fresh-156.jsonl',
    'dev-fresh-157.jsonl',
    'dev-fresh-158.jsonl',
    'dev-fresh-159.jsonl',
    'dev-fresh-160.jsonl',
    'dev-fresh-161.jsonl',
    'dev-fresh-162.jsonl',
    'dev-fresh-163.jsonl',
    'dev-fresh-164.jsonl',
    'dev-fresh-165.jsonl',
    'dev-fresh-166.jsonl',
    'dev-fresh-167.jsonl',
    'dev-fresh-168.jsonl',
    'dev-fresh-169.jsonl',
    'dev-fresh-170.jsonl',
    'dev-fresh-171.jsonl',
    'dev-fresh-172.jsonl',
    'dev-fresh-173.jsonl',
    'dev-fresh-174.jsonl',
    'dev-fresh-175.jsonl',
    'dev-fresh-176.jsonl',
    'dev-fresh-177.jsonl',
    'dev-fresh-178.jsonl',
    'dev-fresh-179.jsonl',
    'dev-fresh-180.jsonl',
    'dev-fresh-181.jsonl',
    'dev-fresh-182.jsonl',
    'dev-fresh-183.jsonl',
    'dev-fresh-184.jsonl',
    'dev-fresh-185.jsonl',
    'dev-fresh-186.jsonl',
    'dev-fresh-187.jsonl',
    'dev-fresh-188.jsonl',
    'dev-fresh-189.jsonl',
    'dev-fresh-190.jsonl',
    'dev-fresh-191.jsonl',
    'dev-fresh-192.jsonl',
    'dev-fresh-193.jsonl',
    'dev-fresh-194.jsonl',
    'dev-fresh-195.jsonl',
    'dev-fresh-196.jsonl',
    'dev-fresh-197.jsonl',
    'dev-fresh-198.jsonl',
    'dev-fresh-199.jsonl',
    'dev-fresh-200.jsonl',
    'dev-fresh-201.jsonl',
    'dev-fresh-202.jsonl',
    'dev-fresh-203.jsonl',
    'dev-fresh-204.jsonl',
    'dev-fresh-205.jsonl',
    'dev-fresh-206.jsonl',
    'dev-fresh-207.jsonl',
    'dev-fresh-208.jsonl',
    'dev-fresh-209.jsonl',
    'dev-fresh-210.jsonl',
    'dev-fresh-211.jsonl',
    'dev-fresh-212.jsonl',
    'dev-fresh-213.jsonl',
    'dev-fresh-214.jsonl',
    'dev-fresh-215.jsonl',
    'dev-fresh-216.jsonl',
    'dev-fresh-217.jsonl',
    'dev-fresh-218.jsonl',
    'dev-fresh-219.jsonl',
    'dev-fresh-220.jsonl',
    'dev-fresh-221.jsonl',
    'dev-fresh-222.jsonl',
    'dev-fresh-223.jsonl',
    'dev-fresh-224.jsonl',
    'dev-fresh-225.jsonl',
    'dev-fresh-226.jsonl',
    'dev-fresh-227.jsonl',
    'dev-fresh-228.jsonl',
    'dev-fresh-229.jsonl',
    'dev-fresh-230.jsonl',
    'dev-fresh-231.jsonl',
    'dev-fresh-232.jsonl',
    'dev-fresh-233.jsonl',
    'dev-fresh-234.jsonl',
    'dev-fresh-235.jsonl',
    'dev-fresh-236.jsonl',
    'dev-fresh-237.jsonl',
    'dev-fresh-238.jsonl',
    'dev-fresh-239.jsonl',
    'dev-fresh-240.jsonl',
    'dev-fresh-241.jsonl',
    'dev-fresh-242.jsonl',
    'dev-fresh-243.jsonl',
    'dev-fresh-244.jsonl',
    'dev-fresh-245.jsonl',
    'dev-fresh-246.jsonl',
    'dev-fresh-247.jsonl',
    'dev-fresh-248.jsonl',
    'dev-fresh-249.jsonl',
    'dev-fresh-250.jsonl',
    'dev-fresh-251.jsonl',
    'dev-fresh-252.jsonl',
    'dev-fresh-253.jsonl',
    'dev-fresh-254.jsonl',
    'dev-fresh-255.jsonl',
    'dev-fresh-256.jsonl',
    'dev-fresh-257.jsonl',
    'dev-fresh-258.jsonl',
    'dev-fresh-259.jsonl',
    'dev-fresh-260.jsonl',
    'dev-fresh-261.jsonl',
    'dev-fresh-262.jsonl',
    'dev-fresh-263.jsonl',
    'dev-fresh-264.jsonl',
    'dev-fresh-265.jsonl',
    'dev-fresh-266.jsonl',
    'dev-fresh-267.jsonl',
    'dev-fresh-268.jsonl',
    'dev-fresh-269.jsonl',
    'dev-fresh-270.jsonl',
    'dev-fresh-271.jsonl',
    'dev-fresh-272.jsonl',
    'dev-fresh-273.jsonl',
    'dev-fresh-274.jsonl',
    'dev-fresh-275.jsonl',
    'dev-fresh-276.jsonl',
    'dev-fresh-277.jsonl',
    'dev-fresh-278.jsonl',
    'dev-fresh-279.jsonl',
    'dev-fresh-280.jsonl',
    'dev-fresh-281.jsonl',
    'dev-fresh-282.jsonl',
    'dev-fresh-283.jsonl',
    'dev-fresh-284.jsonl',
    'dev-fresh-285.jsonl',
    'dev-fresh-286.jsonl',
    'dev-fresh-287.jsonl',
  ],
  'held-out': ['heldout.jsonl'],
} as const;

/** The label file paths of one part. */
export function partPaths(part: keyof typeof LABEL_PARTS): string[] {
  return LABEL_PARTS[part].map((file) => join(import.meta.dirname, 'labels', file));
}
