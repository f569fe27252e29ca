// The seed documents' ids, as the judged relevance sets name their items.
export const FS = 'lanzarote-factsheet-cz-2023';
export const QR = 'lanzarote-questionnaire-reply-cz-2018';
export const GR = 'greta-reply-cz-2025';
export const NS = 'national-strategy-thb-cz-2020';
export const GA = 'global-alliance-report-cz-2014';
