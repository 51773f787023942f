export {
  checkGltfBudget,
  firstBadBounds,
  GLTF_BUDGET_DEFAULTS,
  type GltfFault,
  readGlbContents,
} from './check-gltf-budget';
export {
  /** @internal */
  type ContractNode,
  checkModelContract,
  describeContractProblems,
} from './check-model-contract';
export { describeModelLoadError } from './model-load-error';
export { /** @internal */ REQUIRED_NODES } from './required-nodes';
