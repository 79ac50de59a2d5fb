import { engineSuite } from '../src/suite.js';

engineSuite('webkit');
