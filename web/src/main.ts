import './styles.css';
import { startApp } from './app/app';

void startApp();
