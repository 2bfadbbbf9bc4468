// Chart.js tree-shaken to what our charts offer (the embed-size study's "matched" build):
// bars upright, lying down and stacked, lines with points, a tooltip, a legend, a title and
// a subtitle. Our page carries all of these besides; the tree-shaken peer has none of them.
import { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Title, SubTitle, Tooltip, Legend } from "chart.js";
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Title, SubTitle, Tooltip, Legend);
window.Chart = Chart;
