// Draws the radar backtest's precision and recall per overdue floor from the table below the chart (no inline scripts).
document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('radar-floor-chart');
    if (!window.Chart || !canvas) {
        return;
    }
    var labels = document.getElementById('radar-backtest-labels');
    var rows = Array.prototype.slice.call(document.querySelectorAll('#radar-floors tbody tr'));
    function share(row, n) {
        return Math.round(Number(row.querySelectorAll('[data-value]')[n].getAttribute('data-value')) * 1000) / 10;
    }
    new window.Chart(canvas, {
        type: 'line',
        data: {
            labels: rows.map(function (row) { return row.querySelector('.floor-label').textContent; }),
            datasets: [
                {label: labels.getAttribute('data-precision'), borderColor: '#c2410c', data: rows.map(function (row) { return share(row, 0); })},
                {label: labels.getAttribute('data-recall'), borderColor: '#2563eb', data: rows.map(function (row) { return share(row, 1); })}
            ]
        },
        options: {scales: {y: {beginAtZero: true, max: 100, ticks: {callback: function (v) { return v + '%'; }}}}}
    });
});
