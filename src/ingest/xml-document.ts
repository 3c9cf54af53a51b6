/**
 * Well-formedness checks and parsing for the XML the ingest reads, with
 * errors that say where the markup broke. fast-xml-parser is lenient by
 * design, so the validator runs first and entity references are checked
 * here: an undeclared `&name;` would otherwise pass through as text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { IngestError } from './ingest-error';

/** A parsed element: attributes under `@`, text under `#text`, children by tag name. */
export type XmlNode = Readonly<Record<string, unknown>>;

const PREDEFINED_OR_NUMERIC = /^(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9A-Fa-f]{1,6})$/;

/** Blank out comments and CDATA (same length, newlines kept) so positions still match the input. */
function maskLiteralSections(xml: string): string {
  return xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (section) =>
    section.replace(/[^\n]/g, ' '),
  );
}

function position(xml: string, index: number): string {
  const before = xml.slice(0, index).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/**
 * Reject entity declarations (the feeds have none, and they are how XML bombs
 * and external-entity reads start) and references to entities XML does not
 * predefine.
 */
function checkEntities(xml: string, what: string): void {
  const masked = maskLiteralSections(xml);
  const declaration = /<!ENTITY/i.exec(masked);
  if (declaration) {
    throw new IngestError(
      `${what}: entity declarations are not accepted (${position(xml, declaration.index)}).`,
    );
  }
  for (const reference of masked.matchAll(/&([^;\s<&]{0,32});/g)) {
    if (!PREDEFINED_OR_NUMERIC.test(reference[1] ?? '')) {
      throw new IngestError(
        `${what}: malformed XML at ${position(xml, reference.index)}: undefined entity "${reference[0]}".`,
      );
    }
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  attributesGroupName: '@',
  textNodeName: '#text',
  alwaysCreateTextNode: true,
  // Keep every value as written: "090" is a station number, not 90.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // XML's five entities plus numeric references (&#44256;). Named HTML
  // entities never get this far: checkEntities rejects them.
  processEntities: true,
  htmlEntities: true,
});

/** Parse XML text into a tree, or throw an `IngestError` naming the line and column. */
export function parseXml(xml: string, what: string): XmlNode {
  checkEntities(xml, what);
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) {
    const { line, col, msg } = verdict.err;
    // An error on the last line usually means the download stopped there.
    const cutOff =
      line >= xml.trimEnd().split('\n').length ? ' (the text ends here: was it cut off?)' : '';
    throw new IngestError(
      `${what}: malformed XML at line ${line}, column ${col}: ${msg.replace(/\.$/, '')}${cutOff}`,
    );
  }
  return parser.parse(xml) as XmlNode;
}

export function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The child elements with this tag name, in document order. */
export function children(node: XmlNode, tag: string): XmlNode[] {
  const value = node[tag];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter(isNode);
}

export function attribute(node: XmlNode, name: string): string | undefined {
  const attributes = node['@'];
  if (!isNode(attributes)) return undefined;
  const value = attributes[name];
  return typeof value === 'string' ? value : undefined;
}

export function textOf(node: XmlNode): string {
  const text = node['#text'];
  return typeof text === 'string' ? text.trim() : '';
}

/** Depth-first search for the first element with this tag name. */
export function findElement(node: XmlNode, tag: string): XmlNode | undefined {
  const direct = children(node, tag)[0];
  if (direct) return direct;
  for (const [key, value] of Object.entries(node)) {
    if (key === '@' || key === '#text') continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (!isNode(child)) continue;
      const found = findElement(child, tag);
      if (found) return found;
    }
  }
  return undefined;
}

/** The document's root element name, for messages about unexpected documents. */
export function rootName(document: XmlNode): string {
  return (
    Object.keys(document).find((key) => !key.startsWith('?') && !key.startsWith('#')) ?? '(none)'
  );
}
