/**
 * data.go.kr's gateway answers key and quota problems with an XML body, even
 * when JSON was asked for and usually with HTTP 200:
 *
 *   <OpenAPI_ServiceResponse><cmmMsgHeader>
 *     <errMsg>SERVICE ERROR</errMsg>
 *     <returnAuthMsg>SERVICE_KEY_IS_NOT_REGISTERED_ERROR</returnAuthMsg>
 *     <returnReasonCode>30</returnReasonCode>
 *   </cmmMsgHeader></OpenAPI_ServiceResponse>
 *
 * This turns such a body into one readable sentence.
 */
import { findElement, parseXml, rootName, textOf } from './xml-document';

export function describeXmlErrorBody(xml: string, what: string): string {
  const document = parseXml(xml, what);
  const header = findElement(document, 'cmmMsgHeader') ?? findElement(document, 'header');
  const field = (tag: string) => {
    const element = header && findElement(header, tag);
    return element ? textOf(element) : '';
  };
  const reason = field('returnAuthMsg') || field('resultMsg') || field('errMsg');
  const code = field('returnReasonCode') || field('resultCode');
  if (!reason) return `an XML document (<${rootName(document)}>) instead of JSON`;
  return `the service answered with an error: ${reason}${code ? ` (code ${code})` : ''}`;
}
