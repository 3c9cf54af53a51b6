import { startEmbed } from './app/embed-app';

startEmbed(document.getElementById('root')!);
