export { RISK_CATEGORIES, CATEGORY_DESCRIPTIONS, type RiskCategory } from "./categories.js";
export { assessRisk, type RiskAssessment, type RiskSignal, type SetAsideSignal } from "./assess.js";
export { createRiskModel, DEFAULT_RISK_MODEL, REFERENCE_SCALE, BUILT_IN_SIGNAL_IDS, type RiskModel, type RiskModelOptions, type UserSignal } from "./model.js";
export { BUILT_IN_SIGNALS, type SignalDefinition } from "./signals.js";
export { LIFEOS_TEMPLATE_LINES, learnTemplateLines, type TemplateLearning } from "./templates.js";
export { maskSecrets } from "./mask.js";
export { calibrate, formatCalibration, parseLabels, BANDS, type Calibration, type LabelledAssessment } from "./calibration.js";
