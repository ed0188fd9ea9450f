import { AdapterError } from '../AdapterError.js';
import { parseCrmProfile, type CrmProfile, type CrmProfileInput } from './crmProfile.js';
import crmSpreadsheet from './profiles/crm-spreadsheet.json';
import fxiaoke from './profiles/fxiaoke.json';
import hubspotExport from './profiles/hubspot-export.json';
import hubspot from './profiles/hubspot.json';
import salesforceReport from './profiles/salesforce-report.json';
import salesforce from './profiles/salesforce.json';

/**
 * The CRM profiles shipped with the package, by id: where each CRM keeps the facts of
 * seed 002's project schemes, and its stage map (Salesforce's REST results and Data Loader CSV, its report exports, HubSpot's API and its deals export, 纷享销客, and the 商机/合同/回款 sheets of any CRM). One JSON file per CRM in
 * `src/crm/profiles/`; copy one to start a profile for your own CRM.
 */
export const CRM_PROFILES: Readonly<Record<string, CrmProfileInput>> = Object.freeze({
  salesforce: salesforce as CrmProfileInput,
  hubspot: hubspot as CrmProfileInput,
  'salesforce-report': salesforceReport as CrmProfileInput,
  'hubspot-export': hubspotExport as CrmProfileInput,
  fxiaoke: fxiaoke as CrmProfileInput,
  'crm-spreadsheet': crmSpreadsheet as CrmProfileInput,
});

/**
 * A shipped CRM profile, validated.
 *
 * @example
 * crmProfile('salesforce').stages['8 工程验收'] // '8'
 * @throws AdapterError `crmUnknownProfile` when no profile has that id.
 */
export function crmProfile(id: string): CrmProfile {
  if (!Object.prototype.hasOwnProperty.call(CRM_PROFILES, id)) throw new AdapterError('crmUnknownProfile', { id, known: Object.keys(CRM_PROFILES).join(', ') });
  return parseCrmProfile(CRM_PROFILES[id]);
}
