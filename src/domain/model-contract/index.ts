export {
  checkGltfBudget,
  firstBadBounds,
  GLTF_BUDGET_DEFAULTS,
  type GltfFault,
  readGlbContents,
} from './check-gltf-budget';
export {
  type ContractNode,
  checkModelContract,
  describeContractProblems,
} from './check-model-contract';
export { describeModelLoadError } from './model-load-error';
export { REQUIRED_NODES } from './required-nodes';
