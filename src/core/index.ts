// The math core's public surface: re-exports only.
export { assertPositiveInteger, assertSameLength, assertFinite, assertNonNegative } from './validate';
export { createRng, seedToUint32, fillNormal, fillUniform, randomInt, shuffleInPlace } from './rng';
export type { Rng } from './rng';
export {
  xavierVariance, heVariance, xavierUniformLimit, heUniformLimit, initVariance, sampleWeights, sampleWeightsWith,
} from './init';
export type { InitScheme, InitDistribution } from './init';
export {
  sigmoid, sigmoidDerivative, tanh, tanhDerivative, relu, reluDerivative, activations, neuron,
} from './activations';
export type { ActivationName, Activation } from './activations';
export {
  mean, variance, sampleVariance, standardDeviation, shareWithin, normalPdf, normalCdf, ksStatistic,
} from './stats';
export { histogram } from './histogram';
export type { Histogram } from './histogram';
export { matrix, dot, matVec, matMul, transpose, addBiasRows } from './linalg';
export type { Matrix } from './linalg';
export { squaredError, squaredErrorDerivative, bceWithLogits, bceWithLogitsDerivative } from './losses';
export type { LossName } from './losses';
export { neuronGradient, neuronStep } from './neuronGradient';
export type { NeuronGradient } from './neuronGradient';
export { createMlp, cloneMlp, isFiniteMlp, parameterCount } from './mlp';
export type { Mlp, MlpOptions, OutputActivation } from './mlp';
export { forward, forwardInto, predict } from './mlpForward';
export type { ForwardCache } from './mlpForward';
export { backward } from './mlpBackward';
export type { Gradients } from './mlpBackward';
export { sgdStep, createTrainer } from './train';
export type { Trainer } from './train';
export { evaluateLoss, accuracy } from './evaluate';
export { makeDataset } from './datasets';
export type { DatasetName, Dataset } from './datasets';
export { deepSignal, deepSignalSlices, deepInitStd } from './deepSignal';
export type { DeepSignal, DeepSignalLayer, DeepSignalOptions, DeepInit } from './deepSignal';
export { exampleNeuron, exampleLayer, exampleNetwork } from './example';
export { sigmoidNeuronLoss, lossMinimizer } from './neuronLoss';
export type { NeuronLoss } from './neuronLoss';
export { sampleFunction } from './sampleFunction';
export { decimalsToReproduce } from './rounding';
export { createHistory, recordLoss } from './lossHistory';
export type { LossHistory } from './lossHistory';
export {
  SESSION_POINTS, BOUNDARY_GRID, BOUNDARY_EXTENT, EXPLODED_LOSS, classifierSizes, trainingConfigKey, boundaryCoord,
  trainingStart, createTrainingSession, trainSession, boundaryGrid, sessionSnapshot, setSessionOptimizer, weightSeed, weightUnit, UNIT_GRID, START_SIGMA,
} from './trainingSession';
export type { TrainingConfig, TrainingSession, TrainingSnapshot, TrainingData, StartScheme } from './trainingSession';
export { USER_POINT_EXTENT, MAX_USER_POINTS, USER_POINTS_MAX_LENGTH, parseUserPoints, formatUserPoints, addUserPoint, removeUserPoint } from './userPoints';
export type { UserPoint } from './userPoints';
export {
  FIT_X_MIN, FIT_X_MAX, FIT_SAMPLES, fitTargets, fitLearningRate, fitXs, fitStart, fitUnit, withUnit, fitTraining, trainFit, fitCurves, fitError,
} from './functionFit';
export type { FitTarget, FitActivation, FitSpec, FitUnit, Fit, FitCurves } from './functionFit';
export type { WorkedStep } from './rounding';
export { BOWL, SURFACES, CRITICAL_ETA, DIVERGENCE_BOUND, bowlLoss, bowlGradient, descend, lossGrid, stepsToReach } from './lossSurface';
export type { DescentPath, DescentOptions, SurfaceName } from './lossSurface';
export {
  MOMENTUM_BETA, ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON, updateVector, createOptimizerState, clearOptimizerState, optimizerStep, weightSquares, l2Penalty,
} from './optimizers';
export type { OptimizerName, OptimizerSettings, OptimizerState } from './optimizers';
export { contourSegments } from './contours';
export type { Segment } from './contours';
export { backpropPass, finiteDifferenceGradients, networkLoss, networkStep, sigmoidNetwork } from './networkBackprop';
export type { DenseLayer, NetworkPass } from './networkBackprop';
export { parameterCountOf, passCounts, timePasses } from './backpropCost';
export type { PassCounts, PassTimes } from './backpropCost';
