import {isCapital, markCount} from '@replylint/core'
import {commonWords} from './common-words.js'

/**
 * Shouting: words in ALL CAPS and doubled or mixed end punctuation.
 *
 * Replies mention many acronyms (SQL, ICU, CPA, HIPAA, FICO, CAMHS), so a
 * word in capitals is shouting only when it is a common English word: four
 * or more letters, among the 30,000 most frequent words of spoken English
 * and not a known acronym; or a short word that is common English (SO, NOT,
 * WHY) rather than an abbreviation (IT, US, OR).
 */

/**
 * Whether a lowercase word is in the common-word list: a binary search over
 * the sorted list as it is, one string. A set of the 28,000 words took
 * ~10 ms and 2 MB to build on the first word in capitals; few drafts have
 * more than a handful of such words.
 */
export function isCommon(word: string): boolean {
  const list = commonWords
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    // The start of the word holding `middle - 1`: at or after `low`, before `high`.
    const start = middle === 0 ? 0 : list.lastIndexOf(' ', middle - 1) + 1
    const space = list.indexOf(' ', start)
    const end = space === -1 ? list.length : space
    const current = list.slice(start, end)
    if (current === word) return true
    if (current < word) low = end + 1
    else high = start
  }
  return false
}

/** Acronyms of four or more letters seen in job applications; never shouting. */
export const acronyms = new Set(
  (
    'ACLS PALS NRP CCRN CNOR CEN CPEN RNC TNCC NCLEX NICU PICU CICU SICU MICU PACU LVAD ECMO EPIC CERNER ' +
    'HIPAA OSHA FEMA EPA NASA NOAA USDA USPS USCIS USAJOBS NIOSH NFPA CDC NIH FINRA FASB GAAP IFRS SOX CPSM ' +
    'SHRM PHR SPHR PMP CAPM CSCP APICS CISSP CISA CISM CCNA CCNP CompTIA ITIL TOGAF CELTA TEFL TESOL ESOL ' +
    'ELL STEM STEAM LMSW LCSW LPC LMFT MSW BSW BCBA RBT NMLS CFP CFA CPA CMA EA ASE CDL HVAC HVACR MEP LEED ' +
    'BIM CADD AUTOCAD REVIT JSON YAML HTML HTTP HTTPS REST SOAP AJAX JAVA UNIX LINUX MYSQL NOSQL GRAPHQL ' +
    'OAUTH SAML LDAP TCP UDP DNS DHCP VLAN VOIP SCCM MDM CRUD CICD DEVOPS MLOPS SCRUM JIRA KANBAN ' +
    'OKR OKRS KPIS SAAS PAAS IAAS FAANG MANGA AMEX NYSE NASDAQ UCLA UCSF NYU MIT CUNY SUNY NYPD LAPD FDNY ' +
    'ASAP FYI ETA EOD EOW COB OOO RSVP PTO WFH RTO TLDR IMHO NATO UNICEF YMCA YWCA AARP ACLU NAACP NPR PBS ' +
    'BBC CNN ESPN HBO IKEA LEGO ADHD PTSD COVID AIDS HIV ICD CPT EHR EMR EMT EMTS PHARMD DPT OTR COTA SLP ' +
    'DMD DDS RDH CRNA APRN MSN BSN DNP FNP AGNP PMHNP MBA MPA MPH EDD PHD JD LLM CPR AED ALS BLS ' +
    'GMAT GRE LSAT MCAT SAT ACT IELTS TOEFL USMLE COMLEX SPSS STATA SQL SSRS SSIS ETL ELT ERP CRM SFDC ' +
    'AWS GCP EKS AKS GKE IOS MACOS OSHA10 OSHA30 RFQ RFP RFI RFPS SOW SOWS SLA SLAS NDA NDAS QBR ' +
    'USAF USMC USN USCG DOD DOJ DOE DOT DMV IRS SEC FDA FAA FCC FTC NLRB EEOC ADA FMLA HSA FSA IRA ' +
    'ABA ABC AICPA IIA CIA FBI NCAA NFL NBA MLB NHL PGA FIFA UEFA UNESCO OECD IMF WHO NGO NGOS ' +
    'TEKS CCSS AVID IEPS SPED ELA ESSA FERPA PBIS MTSS RTI SEL AMLE NAEYC NASW ' +
    'NIST GDPR CCPA PCI ISO ANSI IEEE ACM SIGGRAPH ICML NEURIPS CVPR PMI IIBA CBAP ' +
    'ARIBA COUPA ORACLE WORKDAY KRONOS SAGE ADP INTUIT QUICKBOOKS TABLEAU LOOKER MATLAB CATIA ' +
    'SPARC ARM RISC FPGA ASIC VHDL VLSI PCB PCBA CNC PLC SCADA HMI ISA TPM RCM FMEA PPAP APQP SPC DMAIC ' +
    'LEAN MSDS SDS HAZMAT HAZWOPER OSHA CSP CHST CIH ASP CFPS CFEI ' +
    'ROTC JROTC GED ESL UNLV UNC UNH UCLA USC UCSD UIUC UMASS MSU OSU PSU ASU LSU TCU BYU NCSU ' +
    'LGBTQ LGBTQIA BIPOC DEIB DEI ERG ERGS CSR ESG FICO CAMHS'
  ).split(/\s+/).filter(Boolean).map((word) => word.toUpperCase())
)

/** Short words that are common English, so in capitals they are emphasis. */
export const shortShouts = new Set(
  (
    'SO NOT NO WHY HOW WHO YOU ALL BUT THE AND WAS ANY TOO BAD SAD MAD YES DID HAD HAS ONE TWO SIX TEN ' +
    'OUR OWN NOW YET EVER GOT GET WAY BIG HUGE JOB WON LOST ARE CAN RUN BEEN ONLY SUCH VERY WHAT WOW OMG ' +
    'HIM HER HIS SHE THEY WE ME MY'
  ).split(/\s+/)
)

/** Whether a word as written is an ALL-CAPS shout (not an acronym or `I`, `A`, `OK`). */
export function isShouted(word: string, allow: ReadonlySet<string>): boolean {
  // Every shout starts with two capitals (no one-letter word is one): most
  // words are decided here, without a regex or a new string.
  if (!isCapital(word.charCodeAt(0)) || !isCapital(word.charCodeAt(1))) return false
  // Strip a possessive or contraction tail: `NICU's`, `DON'T` keep their stem.
  const stem = word.replace(/['’](s|t|re|ve|ll|d|m)$/i, '')
  if (!/^[A-Z]+$/.test(stem)) return false
  if (allow.has(stem) || allow.has(word) || acronyms.has(stem)) return false
  if (stem.length >= 4) return isCommon(stem.toLowerCase())
  return shortShouts.has(stem)
}

/** Doubled or mixed end punctuation: `!!`, `?!`, `!?`, `??`. */
export function shoutedPunctuation(after: string): string | undefined {
  // Two marks are needed: most words have none or one after them.
  if (markCount(after) < 2) return undefined
  const found = /!{2,}|[?!]{2,}/.exec(after.replace(/["'”’)\]\s.]/g, ''))
  if (!found) return undefined
  return found[0]
}

