export { buildDocumentsUrl, DOCUMENT_FIELDS, FEDERAL_REGISTER_API, type DocumentsQuery } from './build-url.js';
export { fetchFederalRegister, type FederalRegisterFetchResult } from './fetch-documents.js';
export {
  FederalRegisterError,
  parseFederalRegisterPage,
  type FederalRegisterDocument,
  type FederalRegisterErrorCode,
  type FederalRegisterPage,
} from './parse-page.js';
