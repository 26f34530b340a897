/** The kind of firm a description names before a name ("Steelmaker HBIS"), and the name after it. */

// ("Steelmaker HBIS", "Drugmaker X": any kind of maker.)
export const FIRM_KIND =
  /^(?:biotech|fintech|edtech|proptech|startup|start-up|firm|company|[a-z]*maker|developer|provider|operator|upstart|unicorn|platform|giant|group|lender|insurer|miner|brokerage|conglomerate|[a-z]*tester|[a-z]*designer|supplier|vendor|manufacturer|producer|integrator)$/i;

/**
 * "TV Maker Sichuan Changhong", "Grid Equipment Maker NARI": the words up to the last kind of firm
 * before a name's last word describe the name after them. `keepGroup`: a group is part of a name
 * ("Longfor Group Holdings"). Text is normalised, so words stand one space apart.
 */
export function afterFirmKind(name: string, keepGroup = false): string {
  const words = name.split(/\s+/);
  const kind = words.findLastIndex((w, i) => i < words.length - 1 && FIRM_KIND.test(w) && !(keepGroup && /^group$/i.test(w)));
  return kind >= 0 ? words.slice(kind + 1).join(' ') : name;
}
