export * from './bus';
export { MemoryBus } from './memory-bus';
export { RedisBus, type RedisBusOptions } from './redis-bus';
