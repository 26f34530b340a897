/** The Discord platform: bot startup, command registration and alert delivery. */
export { buildDiscord, startDiscord, createDiscordClient, type DiscordRuntime, type DiscordDeps } from './start.js';
export { registerDiscordCommands, restFor, type RegisterResult } from './register.js';
export { buildCommandJson, PUBLIC_COMMAND, ADMIN_COMMAND } from './command-json.js';
export { DiscordDeliveryTarget } from './delivery.js';
