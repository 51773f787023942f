import { applyLanguage } from '../../src/domain/messages';

// React's act() warns unless the environment says it supports it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Test files share their modules (the unit loop does not isolate them, for speed): each file
// starts in English, whatever language the file before it chose.
applyLanguage('en');
