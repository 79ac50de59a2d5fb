import { engineSuite } from '../src/suite.js';

engineSuite('firefox');
