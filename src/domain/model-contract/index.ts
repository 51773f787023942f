export {
  checkGltfBudget,
  firstBadBounds,
  GLTF_BUDGET_DEFAULTS,
  type GlbContents,
  type GltfBudget,
  type GltfCheckOptions,
  type GltfFault,
  readGlbContents,
} from './check-gltf-budget';
export {
  type ContractNode,
  checkModelContract,
  describeContractProblems,
  describeEntry,
  type ModelContractReport,
} from './check-model-contract';
export { describeModelLoadError } from './model-load-error';
export {
  CONTRACT_JOINTS,
  type ContractEntry,
  expectedLayer,
  MOTOR_POINT_RULE_LANDMARKS,
  OPTIONAL_NODES,
  REQUIRED_NODES,
} from './required-nodes';
