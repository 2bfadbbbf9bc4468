// ECharts with only the bar chart, title, grid and the canvas renderer.
import * as echarts from "echarts/core";
import { BarChart } from "echarts/charts";
import { TitleComponent, GridComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
echarts.use([BarChart, TitleComponent, GridComponent, CanvasRenderer]);
window.echarts = echarts;
