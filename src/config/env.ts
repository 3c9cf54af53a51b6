import { readConfig, type AppConfig } from './read-config';

export { readConfig, type AppConfig };

/** The app's configuration, read once from the build's env variables. */
export const config: AppConfig = readConfig(import.meta.env as Record<string, string | undefined>);
