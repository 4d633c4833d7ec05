// Draws a campaign's purchase rate per segment, touched beside held out, from the table below it (no inline scripts).
document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('segment-chart');
    if (!window.Chart || !canvas) {
        return;
    }
    var labels = document.getElementById('results-labels');
    var rows = Array.prototype.slice.call(document.querySelectorAll('#by-segment tbody tr'));
    function rate(row, n) {
        return Math.round(Number(row.querySelectorAll('[data-value]')[n].getAttribute('data-value')) * 1000) / 10;
    }
    new window.Chart(canvas, {
        type: 'bar',
        data: {
            labels: rows.map(function (row) { return row.querySelector('.breakdown-name').textContent; }),
            datasets: [
                {label: labels.getAttribute('data-touched'), backgroundColor: '#c2410c', data: rows.map(function (row) { return rate(row, 0); })},
                {label: labels.getAttribute('data-held-out'), backgroundColor: '#94a3b8', data: rows.map(function (row) { return rate(row, 1); })}
            ]
        },
        options: {scales: {y: {beginAtZero: true, ticks: {callback: function (v) { return v + '%'; }}}}}
    });
});
