import { XMLParser } from 'fast-xml-parser';
const p = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, processEntities: true, htmlEntities: false, parseTagValue: false, parseAttributeValue: false, trimValues: false, ignoreDeclaration: true, ignorePiTags: true,
  stopNodes: ['*.title', '*.description', '*.summary', '*.content', '*.encoded', '*.body', '*.fullitem'], isArray: (name, jpath, isLeaf, isAttr) => !isAttr });
const x = `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>A &amp;lt; <![CDATA[<b>x</b>]]></title><item><dc:title>T &amp; x</dc:title><xhtml:body xmlns:xhtml="http://www.w3.org/1999/xhtml"><xhtml:p>Hi &amp;lt;</xhtml:p></xhtml:body><pubDate>Mon</pubDate></item></channel></rss>`;
console.log(JSON.stringify(p.parse(x), null, 1));
