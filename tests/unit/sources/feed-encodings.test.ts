import { describe, expect, it } from 'vitest';
import { decodeFeedBytes, detectFeedEncoding, parseFeedBytes } from '../../../src/sources/feed/index.js';
import { feedFixture, recordingLogger } from './fixtures.js';

const base = 'https://feeds.example/feed';
const parse = (path: string, contentType?: string) => parseFeedBytes(feedFixture(path), contentType, base);

describe('decodeFeedBytes: declared single-byte encodings', () => {
  it('ISO-8859-1 (Portuguese)', () => {
    const feed = parse('encodings/iso-8859-1_jn-pt.rss');
    expect(feed.title).toBe('Jornal de Notícias - Últimas Notícias');
    expect(feed.items[0]?.title).toBe('Mãe de utente é a nova presidente da Raríssimas');
  });

  it('ISO-8859-1 (German, Swedish) with a space before ?>', () => {
    expect(parse('encodings/iso-8859-1_rss091-stadtfeuerwehr-weiz.xml').title).toBe('Stadtfeuerwehr Weiz - Einsätze');
    expect(parse('encodings/iso-8859-1_intranet30.xml').items[0]?.title).toBe('SVART MÅNAD - DÖDSOLYCKA i Vetlanda');
    expect(parse('encodings/iso-8859-1_golem-de.xml').items[0]?.summary).toContain('Viele Spieler wünschen sich');
  });

  it('windows-1252: 0x80 is the euro sign, 0x93/0x94 are curly quotes', () => {
    expect(parse('encodings/windows-1252_euro-sign-SYNTHETIC.xml').title).toBe('Euro €');
    const item = parse('encodings/windows-1252-bytes_declared-iso-8859-1-SYNTHETIC.xml').items[0];
    expect(item?.summary).toBe('This is a £“test.”');
  });

  it('windows-1251 and KOI8-R (Russian)', () => {
    expect(parse('encodings/windows-1251_ibash-org-ru.xml').items[0]?.title).toBe('Цитата #17703');
    expect(parse('encodings/windows-1251_oren-ru.xml').title).toBe('Новости Оренбурга и области / Раздел Новости');
    const koi = parse('encodings/koi8-r-SYNTHETIC.xml');
    expect(koi.title).toBe('Пример RSS ленты');
    expect(koi.items.map((i) => i.title)).toEqual(['Первая новость', 'Вторая новость']);
  });
});

describe('decodeFeedBytes: multi-byte encodings', () => {
  it('GB2312 declared (decoded as GBK)', () => {
    const feed = parse('encodings/gb2312_kc0011-forum.rss');
    expect(feed.title).toBe('投资资讯网交易在线--流通纪念币最新20篇论坛主题-全文');
    expect(feed.items[0]?.title).toBe('建国35周年纪念，华表，和平鸽');
    expect(feed.items[0]?.publishedAt).toBe('2020-01-10T14:33:00.000Z');
  });

  it('EUC-KR declared', () => {
    expect(parse('encodings/euc-kr_declared.xml').items[0]?.summary).toBe('년');
  });

  it('UTF-16LE with BOM, UTF-16BE without BOM, UTF-32BE with BOM', () => {
    const le = decodeFeedBytes(feedFixture('encodings/utf-16le-bom.xml'));
    expect(le).toContain('Wellformed UTF-16 with Byte Order Mark (Little Endian)');
    expect(le.startsWith('<?xml version="1.0"?>')).toBe(true);
    expect(decodeFeedBytes(feedFixture('encodings/utf-16be-nobom-declared.xml'))).toContain('Wellformed UTF-16 (declared as Big Endian)');
    expect(decodeFeedBytes(feedFixture('encodings/utf-32be-bom.xml'))).toContain('Wellformed UTF-32 with Byte Order Mark (Big Endian)');
  });

  it('UTF-16LE with neither BOM nor declaration parses as a feed', () => {
    const feed = parse('encodings/utf-16le-nobom-nodecl_simplepie.xml');
    expect(feed.title).toBe('Test feed');
    expect(feed.items[0]).toMatchObject({ id: 'http://example.net/tests/#1.1', title: 'Test feed title 1' });
  });

  it('UTF-8 with BOM', () => {
    expect(parse('encodings/utf-8-bom_donthitsave.xml').title).toBe("Don't Hit Save");
  });
});

describe('decodeFeedBytes: precedence and repairs', () => {
  it('strips the declaration encoding so no parser decodes twice', () => {
    const text = decodeFeedBytes(feedFixture('encodings/iso-8859-1_golem-de.xml'));
    expect(text.startsWith('<?xml version="1.0"?>')).toBe(true);
    expect(text).not.toMatch(/encoding=/i);
  });

  it('the Content-Type charset wins over the XML declaration', () => {
    const bytes = feedFixture('encodings/windows-1252-bytes_declared-iso-8859-1-SYNTHETIC.xml');
    expect(detectFeedEncoding(bytes, 'text/xml; charset=windows-1252')).toMatchObject({
      encoding: 'windows-1252',
      source: 'header',
    });
    const koi = feedFixture('encodings/koi8-r-SYNTHETIC.xml');
    // Header says windows-1251: the (wrong) header is obeyed, giving different Cyrillic.
    expect(decodeFeedBytes(koi, 'application/rss+xml; charset=windows-1251')).not.toContain('Пример RSS ленты');
    expect(decodeFeedBytes(koi, 'application/rss+xml; charset="KOI8-R"')).toContain('Пример RSS ленты');
  });

  it('ignores a blanket charset=utf-8 header when the bytes are not UTF-8 and the document declares otherwise', () => {
    const feed = parse('encodings/iso-8859-1_jn-pt.rss', 'text/xml; charset=utf-8');
    expect(feed.title).toBe('Jornal de Notícias - Últimas Notícias');
  });

  it('reads mislabelled UTF-8 (declared ISO-8859-1 / windows-1252) as UTF-8', () => {
    const logger = recordingLogger();
    const text = decodeFeedBytes(feedFixture('encodings/mislabeled_iso-8859-1-is-utf-8_finanzen-net.xml'), undefined, logger);
    expect(text).toContain('Kursziel für NVIDIA');
    expect(logger.warnings.join()).toMatch(/valid UTF-8/);
    expect(parse('encodings/mislabeled_windows-1252-is-utf-8-SYNTHETIC.xml').title).toBe('Euro €');
  });

  it('reads undeclared non-UTF-8 bytes as windows-1252 instead of producing U+FFFD', () => {
    const feed = parse('encodings/undeclared-latin1_uol-noticias.rss');
    expect(feed.items[0]?.title).toBe('Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
    expect(JSON.stringify(feed)).not.toContain('\uFFFD');
  });

  it('maps C1 control characters in UTF-8 text to their cp1252 meaning', () => {
    expect(parse('encodings/c1-controls-for-cp1252_demoronize.xml').items[0]?.title).toBe('don’t');
  });

  it('falls back to UTF-8 with a warning for an unknown encoding name', () => {
    const logger = recordingLogger();
    const feed = parseFeedBytes(feedFixture('broken/invalid-encoding-name.xml'), undefined, base, { logger });
    expect(feed.title).toBe('테스트 피드');
    expect(feed.items[0]?.title).toBe('Café');
    expect(logger.warnings.join()).toMatch(/unknown character encoding/);
  });

  it('an unknown charset in the header does not crash either', () => {
    const text = decodeFeedBytes(new TextEncoder().encode('<rss>é</rss>'), 'text/xml; charset=x-no-such-thing');
    expect(text).toBe('<rss>é</rss>');
  });
});

describe('decodeFeedBytes: removing the declared encoding from UTF-8 text', () => {
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  const bom = (b: Uint8Array): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...b]);
  const long = 'é中😀'.repeat(600); // well past the 1,024-character head, in 2-, 3- and 4-byte sequences

  it('drops only the pseudo-attribute, whatever precedes and follows it', () => {
    expect(decodeFeedBytes(utf8(`<?xml version="1.0" encoding="UTF-8"?><rss>${long}</rss>`))).toBe(`<?xml version="1.0"?><rss>${long}</rss>`);
    expect(decodeFeedBytes(bom(utf8(`<?xml version="1.0" encoding='utf-8' standalone="yes"?><rss>x</rss>`)))).toBe(
      '<?xml version="1.0" standalone="yes"?><rss>x</rss>',
    );
    // Non-ASCII before the attribute (a comment in the prolog), and a non-ASCII space before it.
    expect(decodeFeedBytes(utf8(`<!-- café --><?xml version="1.0"\u00a0encoding="utf-8"?><rss>${long}</rss>`))).toBe(
      `<!-- café --><?xml version="1.0"?><rss>${long}</rss>`,
    );
  });

  it('leaves a declaration past the first 1,024 characters, or inside content, alone', () => {
    const late = `<!--${'é'.repeat(1100)}--><?xml version="1.0" encoding="utf-8"?><rss/>`;
    expect(decodeFeedBytes(utf8(late))).toBe(late);
    const inContent = `<rss><![CDATA[${'x'.repeat(2000)}<?xml version="1.0" encoding="utf-8"?>]]></rss>`;
    expect(decodeFeedBytes(utf8(inContent))).toBe(inContent);
  });

  it('still repairs broken bytes in the head the same way (U+FFFD), and C1 controls after it', () => {
    const bytes = utf8(`<?xml version="1.0" encoding="utf-8"?><rss>\u0092${long}</rss>`);
    const broken = new Uint8Array([...bytes.subarray(0, 10), 0xff, ...bytes.subarray(10)]);
    expect(decodeFeedBytes(broken)).toBe(`<?xml vers\uFFFDion="1.0"?><rss>’${long}</rss>`);
  });
});
