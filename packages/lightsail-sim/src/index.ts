// The simulator's programmatic API (startSimulator) lands with the simulator issue.
export {};
