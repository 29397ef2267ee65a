console.error('The Lightsail simulator is not built yet.');
process.exit(1);
