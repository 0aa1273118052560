/** A private, memory-only redis-server on a free loopback port, for one test file. */
export { startRedis } from '@scenra/devstack/redis';
