// Chart.js tree-shaken to what a bar chart needs.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Title } from "chart.js";
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title);
window.Chart = Chart;
