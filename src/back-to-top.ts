/** Defines `<back-to-top>`. Import this module for its side effect, or the class from `index`. */
import {BackToTop} from './elements/back-to-top/back-to-top.js';
import {defineElement} from './elements/shared/define.js';

defineElement('back-to-top', BackToTop);

export {BackToTop};
export * from './localization.js';
